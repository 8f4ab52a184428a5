import { useId } from 'react'
import { useT } from '../../i18n/i18n'
import type { SourceFile } from '../../queries/transfer'

const folderAttributes = { webkitdirectory: '', directory: '' } as Record<string, string>

/** Files, a whole folder, zips or a backup: whatever the user has. */
export function FilePickers({ onPick }: { onPick: (files: SourceFile[]) => void }) {
  const t = useT()
  const filesId = useId()
  const folderId = useId()
  const pick = (list: FileList | null) => {
    const files = Array.from(list ?? []).map((file) => ({ path: file.webkitRelativePath || file.name, file }))
    if (files.length) onPick(files)
  }
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="flex flex-col gap-1 rounded-lg border border-slate-300 p-3 dark:border-slate-600">
        <label htmlFor={filesId} className="font-medium">
          {t('import.pickFiles')}
        </label>
        <p className="text-xs text-slate-700 dark:text-slate-300">{t('import.pickFilesHint')}</p>
        <input
          id={filesId}
          type="file"
          multiple
          accept=".md,.markdown,.zip,.json,text/markdown,application/zip,application/json"
          className="text-sm"
          onChange={(e) => {
            pick(e.target.files)
            e.target.value = ''
          }}
        />
      </div>
      <div className="flex flex-col gap-1 rounded-lg border border-slate-300 p-3 dark:border-slate-600">
        <label htmlFor={folderId} className="font-medium">
          {t('import.pickFolder')}
        </label>
        <p className="text-xs text-slate-700 dark:text-slate-300">{t('import.pickFolderHint')}</p>
        <input
          id={folderId}
          type="file"
          className="text-sm"
          {...folderAttributes}
          onChange={(e) => {
            pick(e.target.files)
            e.target.value = ''
          }}
        />
      </div>
    </div>
  )
}
