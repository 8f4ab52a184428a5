// The database's name and version, on their own so that the build's boot script (build/boot.ts) opens
// the same database the app does.
export const DB_NAME = 'worklog-tracker'
export const DB_VERSION = 6
