import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Suggestion } from '../../api'
import { useNavigate } from 'react-router'
import { useSession } from '../../session'

interface Props {
  value: string
  onSearch: (q: string) => void
  onCategory: (categoryId: string) => void
}

/**
 * The search words with type-ahead suggestions (the ARIA 1.2 combobox pattern): arrow keys move through the
 * suggestions, Enter takes the marked one or searches for the words, Escape closes the list. A category
 * suggestion filters by that category; a listing suggestion opens the listing.
 */
export function SearchBox({ value, onSearch, onCategory }: Props) {
  const navigate = useNavigate()
  const { t, i18n } = useTranslation()
  const { listings } = useSession()
  const id = useId()
  const listId = `${id}-suggestions`
  const [text, setText] = useState(value)
  const [typed, setTyped] = useState(false)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)

  // The words follow the address (back button, a shared link) unless the searcher is typing.
  useEffect(() => {
    setText(value)
    setTyped(false)
  }, [value])

  useEffect(() => {
    const q = text.trim()
    if (!typed || q.length < 2) {
      setSuggestions([])
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      listings.suggest(q, i18n.language, controller.signal).then(
        (answer) => {
          setSuggestions(answer.suggestions ?? [])
          setActive(-1)
          setOpen(true)
        },
        // Suggestions are a help; searching works without them. An aborted request was replaced by a newer one.
        () => !controller.signal.aborted && setSuggestions([]),
      )
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [listings, text, typed, i18n.language])

  const expanded = open && suggestions.length > 0

  function choose(s: Suggestion) {
    setOpen(false)
    setTyped(false)
    if (s.kind === 'listing' && s.listingId) navigate(`/annonser/${s.listingId}`)
    else if (s.kind === 'category' && s.categoryId) onCategory(s.categoryId)
    else onSearch(s.text)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (expanded && active >= 0) {
      choose(suggestions[active])
      return
    }
    setOpen(false)
    setTyped(false)
    onSearch(text)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault()
      setOpen(true)
      setActive((i) => (i + 1) % suggestions.length)
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault()
      setOpen(true)
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1))
    } else if (event.key === 'Escape') {
      setOpen(false)
      setActive(-1)
    }
  }

  return (
    <form className="searchbox" role="search" onSubmit={submit} data-testid="search-form">
      <label className="field__label" htmlFor={`${id}-input`}>
        {t('search.words')}
      </label>
      <div className="searchbox__row">
        <div className="searchbox__combo">
          <input
            id={`${id}-input`}
            className="input"
            type="search"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            placeholder={t('search.placeholder')}
            value={text}
            onChange={(e) => {
              setText(e.target.value)
              setTyped(true)
              setOpen(true)
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
            onFocus={() => setOpen(true)}
            data-testid="search-input"
          />
          <ul id={listId} role="listbox" className="suggestions" hidden={!expanded} aria-label={t('search.suggestions')} data-testid="search-suggestions">
            {suggestions.map((s, index) => (
              <li
                key={`${s.kind}-${s.categoryId ?? s.listingId ?? s.text}-${index}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="suggestion"
                // mousedown, not click: the input must not lose focus (and close the list) first
                onMouseDown={(e) => {
                  e.preventDefault()
                  choose(s)
                }}
                data-testid="search-suggestion"
              >
                <span>{s.text}</span>
                <span className="suggestion__kind">{t(`search.suggestionKind.${s.kind}`, { defaultValue: '' })}</span>
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="button" data-testid="search-submit">
          {t('search.submit')}
        </button>
      </div>
    </form>
  )
}
