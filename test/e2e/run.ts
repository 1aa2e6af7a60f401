/** Placeholder: the taskpane engineer replaces this with the playwright-core e2e runner (`npm run test:e2e`). */
console.log("0 e2e suites yet");
process.exit(0);
