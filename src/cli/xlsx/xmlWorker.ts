// The command line's XML thread: strict parses (xmlJobs.ts) on the second core while the main thread scans or
// builds the data sheet. Started by xmlThread.ts; answers each job with one reply.
import { parentPort } from "worker_threads";
import { runXmlJob, transfersOf, XmlJob } from "./xmlJobs";

parentPort?.on("message", (job: XmlJob) => {
  const reply = runXmlJob(job);
  parentPort?.postMessage(reply, transfersOf(reply));
});
