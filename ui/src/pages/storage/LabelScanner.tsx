import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IScannerControls } from '@zxing/browser'
import { codeFromText, receiptTokenFromText } from './labelCode'

type Camera = 'starting' | 'scanning' | 'unavailable' | 'insecure' | 'denied' | 'failed'

/**
 * The phone camera reading a lot label's QR code: calls `onCode` with the lot code of the first label it reads
 * and stops. Given `onReceipt`, a delivery note's QR code (its receipt address) is read too: `onReceipt` gets its
 * token. Says why when there is no camera (no permission, not https, none there); the pages beside it take the
 * code typed in. Leaving the page, or unmounting, turns the camera off. `onCode` and `onReceipt` must be stable.
 */
export function LabelScanner({
  onCode,
  onReceipt,
  testId = 'scan',
}: {
  onCode: (code: string) => void
  onReceipt?: (token: string) => void
  testId?: string
}) {
  const { t } = useTranslation()
  const video = useRef<HTMLVideoElement>(null)
  // Known at once: no camera outside a secure context (https, localhost), none without the media API.
  const [camera, setCamera] = useState<Camera>(() =>
    !window.isSecureContext ? 'insecure' : !navigator.mediaDevices?.getUserMedia ? 'unavailable' : 'starting',
  )
  const [foreign, setForeign] = useState<string>()

  useEffect(() => {
    if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) return
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
              const token = receiptTokenFromText(result.getText())
              if (token && onReceipt) {
                stopped = true
                scanning.stop()
                onReceipt(token)
                return
              }
              const code = codeFromText(result.getText())
              if (!code) {
                setForeign(result.getText())
                return
              }
              stopped = true
              scanning.stop()
              onCode(code)
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
    return () => {
      stopped = true
      window.clearTimeout(timer)
      controls?.stop()
    }
  }, [onCode, onReceipt])

  const problem = camera === 'denied' || camera === 'unavailable' || camera === 'insecure' || camera === 'failed'
  return (
    <>
      <div className={`scanner${camera === 'scanning' ? '' : ' scanner--idle'}`}>
        <video ref={video} className="scanner__video" muted playsInline aria-label={t('storage.scan.video')} data-testid={`${testId}-video`} />
      </div>
      {camera === 'starting' && (
        <p role="status" data-testid={`${testId}-starting`}>
          {t('storage.scan.starting')}
        </p>
      )}
      {camera === 'scanning' && (
        <p role="status" data-testid={`${testId}-scanning`}>
          {t('storage.scan.scanning')}
        </p>
      )}
      {problem && (
        <p className="notice" role="alert" data-testid={`${testId}-camera-problem`} data-reason={camera}>
          {t(`storage.scan.camera.${camera}`)}
        </p>
      )}
      {foreign && camera === 'scanning' && (
        <p className="notice" role="status" data-testid={`${testId}-foreign`}>
          {t('storage.scan.foreign')}
        </p>
      )}
    </>
  )
}
