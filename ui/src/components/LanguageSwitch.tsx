import { useTranslation } from 'react-i18next'
import { currentLanguage, setLanguage } from '../i18n'

export function LanguageSwitch() {
  const { t } = useTranslation()
  const next = currentLanguage() === 'sv' ? 'en' : 'sv'
  return (
    <button
      type="button"
      className="button button--ghost"
      data-testid="language-switch"
      lang={next}
      // The name is what the button shows ("English", in English: WCAG 2.5.3); what it does is its description.
      title={t('language.switchLabel')}
      onClick={() => void setLanguage(next)}
    >
      {t('language.switchTo')}
    </button>
  )
}
