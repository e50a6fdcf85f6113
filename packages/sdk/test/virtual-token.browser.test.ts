import './virtual-token.test.js';
