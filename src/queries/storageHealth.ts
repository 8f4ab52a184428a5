// How the browser's storage is doing, for the app's banners: whether it agreed to keep this site's data
// under pressure, and whether a database upgrade waits for another tab.
export { onDatabaseBlocked, type DatabaseState } from '../storage/db'
export { requestPersistence, type PersistState } from '../storage/persist'
