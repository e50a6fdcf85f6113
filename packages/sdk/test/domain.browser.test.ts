import './domain.test.js';
