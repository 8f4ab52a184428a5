/**
 * The address a link in imported text may open: http(s), mailto or a relative address; anything else
 * (javascript:, data:, vbscript:, …) gives null and the link is shown as text. Browsers ignore tabs,
 * newlines and leading control characters in a scheme, so those are dropped before it is read.
 */
export function safeHref(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (!squeezed) return null
  const scheme = /^([^/?#]*?):/.exec(squeezed)?.[1]
  if (scheme === undefined) return url.trim()
  return ['http', 'https', 'mailto'].includes(scheme.toLowerCase()) ? url.trim() : null
}
