import './roc-time.tz.test.js';
