import './pki.test.js';
