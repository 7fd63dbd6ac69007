import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { isAbort } from '../../api'
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_MESSAGE_LENGTH, type ConversationMessage } from '../../api/conversations'
import { ErrorMessage } from '../../components/ErrorMessage'
import { applyProblem, FormField, message, zodResolver } from '../../forms'
import { useActionKey } from '../reservations/format'
import { useConversationApi } from './useConversationApi'

const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf'

const schema = z.object({
  text: z
    .string()
    .refine((v) => v.trim() !== '', 'validation.required')
    .refine((v) => [...v.trim()].length <= MAX_MESSAGE_LENGTH, message('fieldError.Size', { max: MAX_MESSAGE_LENGTH })),
  file: z
    .custom<FileList | undefined>()
    .refine((files) => !files || files.length <= MAX_ATTACHMENTS, message('conversation.form.tooManyFiles', { max: MAX_ATTACHMENTS }))
    .refine((files) => !files || Array.from(files).every((f) => f.size <= MAX_ATTACHMENT_BYTES), 'conversation.form.fileTooLarge'),
})
type Values = z.infer<typeof schema>

/**
 * Writes a message: its text first, then each chosen file attached to it with its progress (cancel stops the
 * upload under way and the rest; the message is sent already). Photos and PDFs; the server tells the type by the
 * content and refuses others on the file field.
 */
export function MessageForm({ conversationId, onSent }: { conversationId: string; onSent: () => void }) {
  const { t } = useTranslation()
  const api = useConversationApi()
  const actionKey = useActionKey()
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { text: '', file: undefined },
  })
  const { errors, isSubmitting: sending } = formState
  const [failure, setFailure] = useState<string>()
  const [upload, setUpload] = useState<{ name: string; share: number }>()
  const [aborter, setAborter] = useState<AbortController>()

  const submit = handleSubmit(async (values) => {
    setFailure(undefined)
    let sent: ConversationMessage
    try {
      sent = await actionKey.run({ text: values.text }, (key) => api.post(conversationId, values.text, key))
    } catch (error) {
      setFailure(applyProblem(error, setError, ['text']))
      return
    }
    const files = Array.from(values.file ?? [])
    const controller = new AbortController()
    setAborter(controller)
    try {
      for (const file of files) {
        setUpload({ name: file.name, share: 0 })
        await api.attach(conversationId, sent.id, file, { signal: controller.signal, onProgress: (share) => setUpload({ name: file.name, share }) })
      }
      reset({ text: '', file: undefined })
    } catch (error) {
      reset({ text: '', file: undefined })
      if (isAbort(error)) setFailure(t('conversation.form.cancelled'))
      else setFailure(applyProblem(error, setError, ['file']) ?? undefined)
    } finally {
      setUpload(undefined)
      setAborter(undefined)
      onSent()
    }
  })

  return (
    <form className="form message-form" onSubmit={(e) => void submit(e)} noValidate data-testid="message-form">
      <FormField label={t('conversation.form.text')} error={errors.text} hint={t('conversation.form.textHint', { max: MAX_MESSAGE_LENGTH })} required>
        <textarea className="input" rows={3} {...register('text')} data-testid="message-input" />
      </FormField>
      <FormField label={t('conversation.form.files')} error={errors.file} hint={t('conversation.form.filesHint', { max: MAX_ATTACHMENTS })}>
        <input className="input" type="file" multiple accept={ACCEPT} {...register('file')} data-testid="message-files" />
      </FormField>
      {upload && (
        <div className="upload-progress" role="status" data-testid="message-upload">
          {t('conversation.form.uploading', { name: upload.name, percent: Math.round(upload.share * 100) })}{' '}
          <progress max={100} value={Math.round(upload.share * 100)} aria-label={upload.name} />{' '}
          <button type="button" className="button button--secondary" onClick={() => aborter?.abort()} data-testid="message-upload-cancel">
            {t('common.cancel')}
          </button>
        </div>
      )}
      {failure && <ErrorMessage message={failure} />}
      <div className="actions">
        <button type="submit" className="button" disabled={sending} data-testid="message-send">
          {sending ? t('conversation.form.sending') : t('conversation.form.send')}
        </button>
      </div>
    </form>
  )
}
