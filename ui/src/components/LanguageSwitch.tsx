import { useTranslation } from 'react-i18next'
import { currentLanguage, setLanguage } from '../i18n'

/**
 * "English" on a Swedish page, "Svenska" on an English one, in that language (lang): the button's name is its
 * visible text, as speech input and WCAG 2.5.3 (label in name) want.
 */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const next = currentLanguage() === 'sv' ? 'en' : 'sv'
  return (
    <button
      type="button"
      className="button button--ghost"
      data-testid="language-switch"
      lang={next}
      onClick={() => void setLanguage(next)}
    >
      {t('language.switchTo')}
    </button>
  )
}
