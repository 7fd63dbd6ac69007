import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { save } from './download'
import { useClimateApi } from './useClimate'

/** The export for builders' climate declarations: what each receiving project got, one row per handover. */
export function DeclarationSection({ from, to }: { from?: string; to?: string }) {
  const { t } = useTranslation()
  const climate = useClimateApi()
  const [project, setProject] = useState('')
  async function download(kind: 'csv' | 'xlsx') {
    save(await climate.downloadDeclaration({ from, to, project: project.trim() || undefined }, kind), `klimatdeklaration-aterbruk.${kind}`)
  }
  return (
    <section className="card card--wide" aria-labelledby="declaration-title" data-testid="declaration">
      <h2 id="declaration-title" className="section-title">
        {t('climateReport.declarationTitle')}
      </h2>
      <p className="hint">{t('climateReport.declarationLead')}</p>
      <div className="filters filters--impact">
        <label className="field">
          <span className="field__label">{t('climateReport.project')}</span>
          <input className="input" value={project} onChange={(e) => setProject(e.target.value)} data-testid="declaration-project" />
        </label>
        <div className="toolbar toolbar--end">
          <button type="button" className="button button--secondary" onClick={() => void download('csv')} data-testid="declaration-csv">
            {t('climateReport.download', { format: 'CSV' })}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void download('xlsx')} data-testid="declaration-xlsx">
            {t('climateReport.download', { format: 'Excel' })}
          </button>
        </div>
      </div>
    </section>
  )
}
