/** Saves text or bytes as a file the user downloads; nothing leaves the machine. */
export function downloadFile(fileName: string, data: string | Uint8Array, type = 'application/json'): void {
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
