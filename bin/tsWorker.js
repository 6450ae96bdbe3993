"use strict";
// Entry of a worker thread the command line starts when it runs from its TypeScript sources (the compiled command line
// has compiled workers of its own): registers the transpiler, then loads the worker's module, named in workerData.
const { workerData } = require("worker_threads");
require("./tsHook").registerTypeScript();
require(workerData.jiliEntry);
