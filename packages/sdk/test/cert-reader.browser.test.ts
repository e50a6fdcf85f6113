import './cert-reader.test.js';
