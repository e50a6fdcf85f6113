import './virtual-demo-cards.test.js';
