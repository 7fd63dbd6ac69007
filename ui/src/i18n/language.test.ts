import { afterEach, describe, expect, it } from 'vitest'
import i18n, { setLanguage, startLanguage } from '.'

afterEach(async () => {
  await setLanguage('sv')
  window.localStorage.clear()
})

describe('languages', () => {
  it('starts in Swedish without the English texts, and fetches them when English is chosen', async () => {
    expect(i18n.language).toBe('sv')
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false)
    expect(i18n.t('language.switchTo')).toBe('English')

    await setLanguage('en')
    expect(i18n.language).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(i18n.t('language.switchTo')).toBe('Svenska')
    expect(window.localStorage.getItem('kretslopp.language')).toBe('en')
  })

  it('starts in the language chosen on an earlier visit', async () => {
    window.localStorage.setItem('kretslopp.language', 'en')
    await startLanguage()
    expect(i18n.language).toBe('en')
    expect(i18n.t('language.switchTo')).toBe('Svenska')
  })
})
