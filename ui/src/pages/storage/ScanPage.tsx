import { useCallback, useEffect, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { IScannerControls } from '@zxing/browser'
import { z } from 'zod'
import { FormField, zodResolver } from '../../forms'
import { Link, useNavigate } from 'react-router'

/**
 * The lot code in a scanned or typed text: labels hold `<public-url>/lager/kod/<CODE>`; a bare code is taken as
 * it is (the server ignores case, spaces and dashes). null when the text is neither.
 */
export function codeFromText(value: string): string | null {
  const trimmed = value.trim()
  const match = /\/lager\/kod\/([^/?#\s]+)\/?(?:[?#].*)?$/i.exec(trimmed)
  if (match) {
    try {
      return decodeURIComponent(match[1])
    } catch {
      return match[1]
    }
  }
  return /^[A-Za-z0-9][A-Za-z0-9 -]{0,63}$/.test(trimmed) ? trimmed : null
}

/** A typed code: a label's address or a bare code. */
const codeSchema = z.object({ code: z.string().refine((v) => codeFromText(v) !== null, 'storage.scan.invalidCode') })

type Camera = 'starting' | 'scanning' | 'unavailable' | 'insecure' | 'denied' | 'failed'

/** /lager/skanna: reads a label's QR code with the phone camera, or takes the code typed in. */
export function ScanPage() {
  const navigate = useNavigate()
  // The router's navigate function is stable, so the camera effect below may keep the first one.
  const toCode = useCallback((code: string) => navigate(`/lager/kod/${encodeURIComponent(code)}`), [navigate])
  // A delivery note's QR code (docs/deliveries.md) opens its receipt page.
  const toReceipt = useCallback((token: string) => navigate(`/kvitto/${token}`), [navigate])
  const { t } = useTranslation()
  const video = useRef<HTMLVideoElement>(null)
  const [camera, setCamera] = useState<Camera>('starting')
  const [foreign, setForeign] = useState<string>()
  const { register, handleSubmit, formState } = useForm<{ code: string }>({
    resolver: zodResolver(codeSchema),
    defaultValues: { code: '' },
  })

  useEffect(() => {
    if (!window.isSecureContext) {
      setCamera('insecure')
      return
    }
    if (!navigator.mediaDevices?.getUserMedia) {
      setCamera('unavailable')
      return
    }
    let stopped = false
    let controls: IScannerControls | undefined
    // Started a tick later: StrictMode's mount–unmount–mount then opens the camera once, not twice.
    const timer = window.setTimeout(() => {
      void (async () => {
        try {
          const { BrowserQRCodeReader } = await import('@zxing/browser')
          if (stopped || !video.current) return
          const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 })
          const started = await reader.decodeFromConstraints(
            { video: { facingMode: { ideal: 'environment' } }, audio: false },
            video.current,
            (result, _error, scanning) => {
              if (!result || stopped) return
              const receipt = /\/kvitto\/([A-Za-z0-9_-]{43})\/?$/.exec(result.getText().trim())
              if (receipt) {
                stopped = true
                scanning.stop()
                toReceipt(receipt[1])
                return
              }
              const code = codeFromText(result.getText())
              if (!code) {
                setForeign(result.getText())
                return
              }
              stopped = true
              scanning.stop()
              toCode(code)
            },
          )
          if (stopped) {
            started.stop()
            return
          }
          controls = started
          setCamera('scanning')
        } catch (error) {
          if (stopped) return
          const name = error instanceof Error || error instanceof DOMException ? error.name : ''
          if (name === 'NotAllowedError' || name === 'SecurityError') setCamera('denied')
          else if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') setCamera('unavailable')
          else setCamera('failed')
        }
      })()
    }, 0)
    // Leaving the page turns the camera off.
    return () => {
      stopped = true
      window.clearTimeout(timer)
      controls?.stop()
    }
  }, [toCode, toReceipt])

  const submit = handleSubmit(({ code }) => toCode(codeFromText(code)!))

  const problem = camera === 'denied' || camera === 'unavailable' || camera === 'insecure' || camera === 'failed'
  return (
    <section className="card" aria-labelledby="scan-title" data-testid="scan-page">
      <p className="crumb">
        <Link to="/lager">← {t('storage.sites.title')}</Link>
      </p>
      <h1 id="scan-title" className="card__title">
        {t('storage.scan.title')}
      </h1>
      <div className={`scanner${camera === 'scanning' ? '' : ' scanner--idle'}`}>
        <video ref={video} className="scanner__video" muted playsInline aria-label={t('storage.scan.video')} data-testid="scan-video" />
      </div>
      {camera === 'starting' && (
        <p role="status" data-testid="scan-starting">
          {t('storage.scan.starting')}
        </p>
      )}
      {camera === 'scanning' && (
        <p role="status" data-testid="scan-scanning">
          {t('storage.scan.scanning')}
        </p>
      )}
      {problem && (
        <p className="notice" role="alert" data-testid="scan-camera-problem" data-reason={camera}>
          {t(`storage.scan.camera.${camera}`)}
        </p>
      )}
      {foreign && camera === 'scanning' && (
        <p className="notice" role="status" data-testid="scan-foreign">
          {t('storage.scan.foreign')}
        </p>
      )}
      <form className="form scan-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="scan-manual-title" data-testid="scan-manual">
        <h2 id="scan-manual-title" className="section-title section-title--small">
          {t('storage.scan.manualTitle')}
        </h2>
        <FormField label={t('storage.scan.code')} hint={t('storage.scan.codeHint')} error={formState.errors.code}>
          <input
            className="input input--code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            {...register('code')}
            data-testid="scan-code-input"
          />
        </FormField>
        <div>
          <button type="submit" className="button" data-testid="scan-code-submit">
            {t('storage.scan.show')}
          </button>
        </div>
      </form>
    </section>
  )
}
