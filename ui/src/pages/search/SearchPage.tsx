import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Category, SearchAnswer } from '../../api'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useSession } from '../../session'
import { FilterPanel } from './FilterPanel'
import { activeFilterCount, apiQuery, DEFAULT_PLACE, parseFilters, searchPath, SORTS, type Filters } from './filters'
import { ResultCard } from './ResultCard'
import { searchQueryOptions } from './searchQuery'
import { SearchBox } from './SearchBox'
import { SearchUnavailable } from './SearchUnavailable'

// Leaflet is only loaded when someone opens the map.
const SearchMap = lazy(() => import('./SearchMap'))

/** What the result list shows: the answers for one query, the first page and any "show more" pages. */
interface Results {
  query: string
  pages: SearchAnswer[]
  error?: unknown
}

export function SearchPage() {
  const navigate = useNavigate()
  const { t, i18n } = useTranslation()
  const { api, listings, signedIn } = useSession()
  const [search] = useSearchParams()
  const searchKey = search.toString()
  const filters = useMemo(() => parseFilters(new URLSearchParams(searchKey)), [searchKey])
  const query = apiQuery(filters)

  const update = (patch: Partial<Filters>, replace = false) =>
    navigate(searchPath({ ...filters, ...patch }), { preventScrollReset: true, replace, flushSync: true })

  // The category tree needs a token; anonymous searchers get the categories of the facets instead.
  const categories = useQuery({ queryKey: ['categories'], queryFn: () => api.categories(), enabled: signedIn })
  const tree: Category[] | null = (signedIn && categories.data) || null

  // The first page of answers, and one more page for each "show more" (search_after paging). While a new query
  // loads, the answers of the previous one stay on screen, marked busy; each page says which query it answers.
  const answers = useInfiniteQuery(searchQueryOptions(query, listings))
  const firstPageFailed = answers.isError && !answers.isFetchNextPageError
  const results: Results | undefined = firstPageFailed
    ? { query, pages: [], error: answers.error }
    : answers.data && { query: answers.data.pages[0].query, pages: answers.data.pages.map((p) => p.answer) }
  const more = { loading: answers.isFetchingNextPage, error: answers.isFetchNextPageError ? answers.error : undefined }

  const [focusFrom, setFocusFrom] = useState<number>()
  const listRef = useRef<HTMLOListElement>(null)
  const resultsRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // After "show more", the first new result gets the focus, so keyboard users go on where they were.
    if (focusFrom === undefined) return
    listRef.current?.querySelectorAll<HTMLAnchorElement>('[data-testid="result-title"]')[focusFrom]?.focus()
    setFocusFrom(undefined)
  }, [focusFrom, answers.data])

  const current = results?.query === query ? results : undefined
  const shown = results?.pages.flatMap((p) => p.items) ?? []
  const first = results?.pages[0]
  const last = results?.pages.at(-1)
  const busy = !current

  async function showMore() {
    if (!current || !last?.searchAfter) return
    const before = shown.length
    const after = await answers.fetchNextPage()
    if (!after.isError) setFocusFrom(before)
  }

  // Asks the browser where the searcher is; refused or unavailable, distances stay measured from the chosen town.
  const [locating, setLocating] = useState(false)
  const [locateFailed, setLocateFailed] = useState(false)
  function locate(quietly = false) {
    if (!('geolocation' in navigator)) {
      if (!quietly) setLocateFailed(true)
      return
    }
    setLocating(true)
    setLocateFailed(false)
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false)
        const round = (n: number) => Math.round(n * 1e4) / 1e4
        // Read the address afresh: the filters may have changed while the browser looked for the position.
        const now = parseFilters(new URL(window.location.href).searchParams)
        if (quietly && now.lat !== null) return
        navigate(searchPath({ ...now, lat: round(position.coords.latitude), lon: round(position.coords.longitude) }), {
          preventScrollReset: true,
          replace: quietly,
        })
      },
      () => {
        setLocating(false)
        if (!quietly) setLocateFailed(true)
      },
      { maximumAge: 600_000, timeout: 15_000 },
    )
  }

  // Someone who has already let this site know where they are gets distances from there without being asked;
  // nobody is asked unprompted.
  const hasPoint = filters.lat !== null
  useEffect(() => {
    if (hasPoint || !navigator.permissions?.query) return
    let cancelled = false
    navigator.permissions.query({ name: 'geolocation' }).then(
      (status) => !cancelled && status.state === 'granted' && locate(true),
      () => undefined,
    )
    return () => {
      cancelled = true
    }
    // only when the page opens
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const total = first?.total ?? 0
  const totalText = first
    ? first.totalExact
      ? t('search.total', { count: total, formatted: total.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE') })
      : t('search.totalAtLeast', { formatted: total.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE') })
    : ''
  const activeFilters = activeFilterCount(filters)
  const wide = typeof window !== 'undefined' && window.matchMedia?.('(min-width: 56rem)').matches

  return (
    <section className="card card--wide search" aria-labelledby="search-title" data-testid="search-page">
      <h1 id="search-title" className="card__title">
        {t('search.title')}
      </h1>
      <SearchBox value={filters.q} onSearch={(q) => update({ q })} onCategory={(category) => update({ category, q: '' })} />
      {/* Past the filters (some 40 controls) straight to the results, for keyboard users. */}
      <a
        href="#search-results"
        className="skip-inline"
        onClick={(event) => {
          event.preventDefault()
          resultsRef.current?.focus()
        }}
        data-testid="skip-to-results"
      >
        {t('shell.skipToResults')}
      </a>
      {signedIn && (filters.q.trim() !== '' || filters.category !== '') && (
        <p>
          <Link to={`/efterfragan/ny?${searchPath(filters).split('?')[1] ?? ''}`} className="button button--secondary" data-testid="search-save-wanted">
            {t('search.saveAsWanted')}
          </Link>
        </p>
      )}

      <div className="search__layout">
        <details className="search__filters" open={wide || undefined}>
          <summary className="search__filters-summary">
            {activeFilters > 0 ? t('search.filtersActive', { count: activeFilters }) : t('search.filters')}
          </summary>
          <FilterPanel
            filters={filters}
            facets={first?.facets}
            tree={tree}
            update={update}
            onLocate={() => locate()}
            locating={locating}
            locateFailed={locateFailed}
          />
          {activeFilters > 0 && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => navigate(searchPath({ ...parseFilters(new URLSearchParams()), q: filters.q, view: filters.view, sort: filters.sort, lat: filters.lat, lon: filters.lon }), { preventScrollReset: true, flushSync: true })}
              data-testid="filters-clear"
            >
              {t('search.clearFilters')}
            </button>
          )}
        </details>

        <div className="search__results" id="search-results" tabIndex={-1} ref={resultsRef}>
          <div className="search__bar">
            <p className="search__total" role="status" data-testid="search-total">
              {busy ? t('search.searching') : totalText}
            </p>
            <label className="search__sort">
              <span className="field__label">{t('search.sort')}</span>
              <select className="input" value={filters.sort} onChange={(e) => update({ sort: e.target.value as Filters['sort'] })} data-testid="search-sort">
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`search.sortBy.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <div className="segmented" role="group" aria-label={t('search.view')}>
              <button type="button" className="segmented__button" aria-pressed={filters.view === 'list'} onClick={() => update({ view: 'list' })} data-testid="view-list">
                {t('search.viewList')}
              </button>
              <button type="button" className="segmented__button" aria-pressed={filters.view === 'map'} onClick={() => update({ view: 'map' })} data-testid="view-map">
                {t('search.viewMap')}
              </button>
            </div>
          </div>

          {current?.error !== undefined && <SearchUnavailable error={current.error} onRetry={() => void answers.refetch()} />}

          {filters.view === 'map' ? (
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              <SearchMap
                query={query}
                center={{ lat: filters.lat ?? DEFAULT_PLACE.lat, lon: filters.lon ?? DEFAULT_PLACE.lon }}
                withinKm={filters.withinKm}
              />
            </Suspense>
          ) : (
            current?.error === undefined && (
              <>
                {results && shown.length === 0 && !busy && (
                  <p className="search__empty" data-testid="search-empty">
                    {t('search.empty')}
                  </p>
                )}
                <ol
                  ref={listRef}
                  className={`results${busy ? ' results--busy' : ''}`}
                  aria-busy={busy}
                  aria-label={t('search.results')}
                  data-testid="search-results"
                  data-query={results?.query ?? ''}
                  data-state={busy ? 'loading' : 'ready'}
                >
                  {results?.pages.flatMap((page, p) => page.items.map((hit) => <ResultCard key={`${p}-${hit.id}`} hit={hit} />))}
                </ol>
                {more.error !== undefined && <SearchUnavailable error={more.error} onRetry={() => void showMore()} />}
                {current && last?.searchAfter && shown.length < total && (
                  <div className="actions actions--center">
                    <button type="button" className="button button--secondary" disabled={more.loading} onClick={() => void showMore()} data-testid="search-more">
                      {more.loading ? t('app.loading') : t('search.more')}
                    </button>
                  </div>
                )}
              </>
            )
          )}
        </div>
      </div>
    </section>
  )
}
