import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ApiError, isAbort, saveBlob, type ImportReport } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { fieldErrorText } from '../../forms'
import { loadable } from '../../api'
import { TableScroll } from '../../components/TableScroll'

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'checked'; report: ImportReport }
  | { kind: 'importing'; report: ImportReport }
  | { kind: 'done'; report: ImportReport }

/** A problem+json 422 of a real import carries the same rows as a dry run, under "problems". */
function problemsOf(error: unknown): ImportReport['problems'] | undefined {
  if (error instanceof ApiError && Array.isArray(error.problem?.problems)) return error.problem.problems as ImportReport['problems']
  return undefined
}

export function ImportPage({ buildingId }: { buildingId: string }) {
  const { t } = useTranslation()
  const { api } = useSession()
  const errorText = useErrorText()
  const buildingQuery = useQuery({ queryKey: ['ImportPage.building', buildingId], queryFn: () => api.building(buildingId) })
  const building = loadable(buildingQuery)
  const reload = () => void buildingQuery.refetch()
  const { control, register, handleSubmit } = useForm<{ file: FileList | null }>({ defaultValues: { file: null } })
  const file = useWatch({ control, name: 'file' })?.[0]
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const [failure, setFailure] = useState<unknown>()
  // The share of the file sent (checking or importing), and the way to cancel it
  const [share, setShare] = useState<number>()
  const [cancelled, setCancelled] = useState(false)
  const abort = useRef<AbortController>(undefined)
  useEffect(() => () => abort.current?.abort(), [])

  if (building.kind === 'loading') return <Loading />
  if (building.kind === 'failed') return <section className="card"><LoadError error={building.error} onRetry={reload} /></section>
  const back = `/buildings/${buildingId}`

  /** Sends the file (a dry run or the import) with its progress, cancelled by the button or by leaving the page. */
  function send(dryRun: boolean) {
    const controller = new AbortController()
    abort.current = controller
    setCancelled(false)
    setShare(0)
    return api
      .importItems(buildingId, file!, dryRun, { signal: controller.signal, onProgress: setShare })
      .finally(() => {
        abort.current = undefined
        setShare(undefined)
      })
  }

  const check = async () => {
    if (!file) return
    setFailure(undefined)
    setStep({ kind: 'checking' })
    try {
      setStep({ kind: 'checked', report: await send(true) })
    } catch (error) {
      if (isAbort(error)) setCancelled(true)
      else setFailure(error)
      setStep({ kind: 'choose' })
    }
  }

  async function run(report: ImportReport) {
    if (!file) return
    setFailure(undefined)
    setStep({ kind: 'importing', report })
    try {
      setStep({ kind: 'done', report: await send(false) })
    } catch (error) {
      const problems = problemsOf(error)
      if (problems) setStep({ kind: 'checked', report: { ...report, problems } })
      else setStep({ kind: 'checked', report })
      if (isAbort(error)) setCancelled(true)
      else setFailure(error)
    }
  }

  async function template(format: 'xlsx' | 'csv') {
    setFailure(undefined)
    try {
      const { blob, filename } = await api.importTemplate(format)
      saveBlob(blob, filename ?? `kretslopp-mall.${format}`)
    } catch (error) {
      setFailure(error)
    }
  }

  const report = step.kind === 'checked' || step.kind === 'importing' || step.kind === 'done' ? step.report : undefined

  return (
    <section className="card" aria-labelledby="import-title" data-testid="import-page">
      <p className="crumb">
        <Link to={back}>← {building.data.name}</Link>
      </p>
      <h1 id="import-title" className="card__title">{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <p className="template-links">
        {t('import.template')}{' '}
        <button type="button" className="linklike" onClick={() => void template('xlsx')} data-testid="import-template-xlsx">
          {t('import.templateXlsx')}
        </button>{' '}
        <button type="button" className="linklike" onClick={() => void template('csv')} data-testid="import-template-csv">
          {t('import.templateCsv')}
        </button>
      </p>

      {step.kind !== 'done' && (
        <form className="form" onSubmit={(e) => void handleSubmit(check)(e)}>
          <Field label={t('import.file')}>
            <input
              className="input"
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              {...register('file', {
                onChange: () => {
                  setStep({ kind: 'choose' })
                  setFailure(undefined)
                  setCancelled(false)
                },
              })}
              data-testid="import-file"
            />
          </Field>
          <div className="actions">
            <button type="submit" className="button button--secondary" disabled={!file || step.kind === 'checking' || step.kind === 'importing'} data-testid="import-check">
              {step.kind === 'checking' ? t('import.checking') : t('import.check')}
            </button>
          </div>
        </form>
      )}

      {report && step.kind !== 'done' && (
        <div className="report" data-testid="import-report" aria-live="polite">
          <p data-testid="import-row-count">{t('import.rows', { count: report.rowCount })}</p>
          {report.problems.length === 0 ? (
            <>
              <p className="ok" data-testid="import-no-problems">{t('import.noProblems')}</p>
              <div className="actions">
                <button type="button" className="button" onClick={() => void run(report)} disabled={step.kind === 'importing'} data-testid="import-run">
                  {step.kind === 'importing' ? t('import.running') : t('import.run', { count: report.rowCount })}
                </button>
              </div>
            </>
          ) : (
            <>
              <p className="problem-count" data-testid="import-problem-count">{t('import.problems', { count: report.problems.length })}</p>
              <TableScroll label={t('import.problems', { count: report.problems.length })} testId="import-problems">
                <thead>
                  <tr>
                    <th scope="col" className="num">{t('import.row')}</th>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((p, i) => (
                    <tr key={i} data-testid="import-problem">
                      <td className="num">{p.row}</td>
                      <td>{p.column ?? t('common.none')}</td>
                      <td>{fieldErrorText({ ...p, field: p.column ?? '' })}</td>
                    </tr>
                  ))}
                </tbody>
              </TableScroll>
            </>
          )}
        </div>
      )}

      {share !== undefined && (
        <div className="upload-progress" data-testid="import-progress">
          <p role="status">
            {share < 1 ? t('forms.upload.sending', { percent: Math.round(share * 100) }) : t('forms.upload.processing')}
          </p>
          <progress max={100} value={Math.round(share * 100)} aria-label={t('import.file')} />{' '}
          {/* once the file is sent the server decides: a cancel could no longer say whether it imported */}
          {share < 1 && (
            <button type="button" className="button button--secondary button--small" onClick={() => abort.current?.abort()} data-testid="import-cancel">
              {t('forms.upload.cancel')}
            </button>
          )}
        </div>
      )}
      {cancelled && <p role="status" data-testid="import-cancelled">{t('forms.upload.cancelled')}</p>}

      {step.kind === 'done' && (
        <div className="success" role="status" data-testid="import-done">
          <p>{t('import.done', { count: step.report.importedCount })}</p>
          <div className="actions">
            <Link to={back} className="button" data-testid="import-back">{t('import.toBuilding')}</Link>
          </div>
        </div>
      )}
      {failure !== undefined && <ErrorMessage {...errorText(failure, 'errors.save')} />}
    </section>
  )
}
