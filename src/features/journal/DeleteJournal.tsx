import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Journal } from '../../domain/types'
import { useT, useSay } from '../../i18n/i18n'
import { useDeleteJournal } from '../../queries/journals'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/fields'

/** Deleting a journal asks for its owner's name first: it cannot be undone except from a backup. */
export function DeleteJournal({ journal }: { journal: Journal }) {
  const t = useT()
  const { sayError } = useSay()
  const navigate = useNavigate()
  const remove = useDeleteJournal()
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('journal.delete')}
      </Button>
      <Dialog
        open={open}
        title={t('journal.deleteTitle', { owner: journal.owner })}
        onClose={() => setOpen(false)}
      >
        <p className="text-sm">{t('journal.deleteBody')}</p>
        <TextField
          label={t('journal.deleteConfirmLabel', { owner: journal.owner })}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        {remove.error && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {sayError(remove.error)}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
          <Button
            variant="danger"
            disabled={typed.trim() !== journal.owner.trim() || remove.isPending}
            onClick={async () => {
              await remove.mutateAsync(journal.id)
              navigate('/')
            }}
          >
            {t('journal.deleteConfirm')}
          </Button>
        </div>
      </Dialog>
    </>
  )
}
