import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

// Hocuspocus' wire format: every frame starts with the document name and a message type.
const messageSync = 0
const messageAuth = 2
const messageSyncStatus = 8
const authToken = 0
const authPermissionDenied = 1
const authAuthenticated = 2

export interface RawClient {
  doc: Y.Doc
  /** 'read-write' or 'readonly' as the server said, or 'denied: <reason>'. */
  scope: string
  /** Sends an update whether or not the server allows it; resolves with the server's saved flag. */
  sendUpdate(update: Uint8Array): Promise<boolean>
  /** The same update dressed as the second step of a sync (the other way a client sends changes). */
  sendSyncStep2(update: Uint8Array): Promise<boolean>
  close(): void
}

function frame(documentName: string, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  encoding.writeVarUint(encoder, type)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/**
 * A client that speaks the protocol by hand, as a modified app could: it ignores read-only scopes and
 * sends updates anyway.
 */
export function connectRaw(url: string, documentName: string, token: string): Promise<RawClient> {
  const socket = new WebSocket(url)
  const doc = new Y.Doc()
  const statusWaiters: ((saved: boolean) => void)[] = []
  let granted = ''
  return new Promise((resolve, reject) => {
    const client = (scope: string): RawClient => ({
      doc,
      scope,
      sendUpdate(update) {
        return new Promise((saved) => {
          statusWaiters.push(saved)
          socket.send(frame(documentName, messageSync, (e) => syncProtocol.writeUpdate(e, update)))
        })
      },
      sendSyncStep2(update) {
        return new Promise((saved) => {
          statusWaiters.push(saved)
          socket.send(
            frame(documentName, messageSync, (e) => {
              encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2)
              encoding.writeVarUint8Array(e, update)
            }),
          )
        })
      },
      close: () => socket.close(),
    })
    socket.on('error', reject)
    socket.on('open', () => {
      socket.send(
        frame(documentName, messageAuth, (e) => {
          encoding.writeVarUint(e, authToken)
          encoding.writeVarString(e, token)
        }),
      )
    })
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data))
      decoding.readVarString(decoder)
      const type = decoding.readVarUint(decoder)
      if (type === messageAuth) {
        const kind = decoding.readVarUint(decoder)
        const detail = decoding.readVarString(decoder)
        if (kind === authPermissionDenied) resolve(client(`denied: ${detail}`))
        if (kind === authAuthenticated) {
          granted = detail
          socket.send(frame(documentName, messageSync, (e) => syncProtocol.writeSyncStep1(e, doc)))
        }
      } else if (type === messageSync) {
        const reply = encoding.createEncoder()
        const kind = syncProtocol.readSyncMessage(decoder, reply, doc, 'server')
        if (kind === syncProtocol.messageYjsSyncStep2) resolve(client(granted))
      } else if (type === messageSyncStatus) {
        statusWaiters.shift()?.(decoding.readVarUint(decoder) === 1)
      }
    })
  })
}
