// The command line's XML thread: strict parses (xmlJobs.ts) on the second core while the main thread scans or
// builds the data sheet. Started by xmlThread.ts; answers each job with one reply.
import { parentPort } from "worker_threads";
import { runXmlJob, XmlJob } from "./xmlJobs";

parentPort?.on("message", (job: XmlJob) => {
  parentPort?.postMessage(runXmlJob(job));
});
