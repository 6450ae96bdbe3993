export { evaluateWithVersions } from "./evaluateVersions";
export { VersionedResult, isVersioned, VERSION_KEY } from "./versionedResult";
export type { VersionUse } from "./versionedResult";
export { applyVersion } from "./applyVersion";
