/*
 * A drawing of what a top-level category holds, shown where a listing has no photo instead of an empty grey box.
 * Decorative (alt=""): the category is written next to it. Drawn as data: SVG, which the Content-Security-Policy
 * allows for images, so the files cost no request. Groups are the top levels of the category tree
 * (V3__category_seed.sql: the code before the first dot).
 */

const PATHS: Record<string, string> = {
  // a door with its handle
  dorrar: '<rect x="14" y="6" width="20" height="36" rx="1"/><circle cx="29" cy="25" r="1.5"/>',
  // a window with its glazing bars
  fonster: '<rect x="9" y="8" width="30" height="32" rx="1"/><path d="M24 8v32M9 24h30"/>',
  // a brick bond
  tegel: '<path d="M6 12h36v24H6zM6 20h36M6 28h36M18 12v8M30 12v8M12 20v8M24 20v8M36 20v8M18 28v8M30 28v8"/>',
  // the end grain of a log and a plank
  virke: '<circle cx="16" cy="24" r="10"/><circle cx="16" cy="24" r="5"/><path d="M16 14h24v20H16"/>',
  // an I-beam in section
  stal: '<path d="M10 8h28v6H27v20h11v6H10v-6h11V14H10z"/>',
  // a stack of sheets
  skivor: '<path d="M8 30l10-8h24l-10 8zM8 36l10-8M32 36l10-8M8 30v6h24v-6M42 22v6"/>',
  // floorboards
  golv: '<path d="M6 10h36v28H6zM6 17h36M6 24h36M6 31h36M20 10v7M32 17v7M14 24v7M28 31v7"/>',
  // a wash basin and its tap
  sanitet: '<path d="M8 22h32a16 12 0 0 1-32 0zM24 22v-8h6M20 34v8h8v-8"/>',
  // kitchen units under a worktop
  kok: '<path d="M6 18h36M8 18v22h32V18M24 18v22M20 27v4M28 27v4M14 6h8v8h-8z"/>',
  // a radiator
  vvs: '<path d="M10 12v24M17 12v24M24 12v24M31 12v24M38 12v24M8 16h32M8 32h32"/>',
  // a light bulb
  belysning: '<path d="M24 6a11 11 0 0 0-6 20v6h12v-6a11 11 0 0 0-6-20zM19 36h10M20 40h8"/>',
  // built-in shelves
  'fast-inredning': '<rect x="10" y="6" width="28" height="36" rx="1"/><path d="M10 16h28M10 26h28M10 34h28"/>',
  // a chair
  'los-inredning': '<path d="M16 8v32M16 24h16v16M16 24h18M32 24V8"/>',
  // insulation batts
  isolering: '<path d="M6 14h36M6 34h36M6 24l5-6 5 12 5-12 5 12 5-12 5 12 5-6"/>',
  // a house with cladding
  fasad: '<path d="M8 22L24 8l16 14v20H8zM8 28h32M8 34h32M20 42v-10h8v10"/>',
  // paving stones
  mark: '<path d="M6 30l18-10 18 10-18 10zM15 25l18 10M24 20l-9 15M33 25l-9 15"/>',
  // a partition's studs
  innervaggar: '<path d="M6 8h36M6 40h36M10 8v32M20 8v32M30 8v32M40 8v32"/>',
  // a crate
  ovrigt: '<path d="M8 16l16-8 16 8v18l-16 8-16-8zM8 16l16 8 16-8M24 24v18"/>',
}

/** The top-level group of a category code ("dorrar.innerdorrar" → "dorrar"); unknown groups draw as "ovrigt". */
export function categoryGroup(code: string | null | undefined): string {
  const group = (code ?? '').split('.')[0]
  return group in PATHS ? group : 'ovrigt'
}

/** The drawing of a category's group as an SVG document. */
export function placeholderSvg(code: string | null | undefined): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">' +
    '<rect width="48" height="48" fill="#eef2ec"/>' +
    '<g fill="none" stroke="#5b6e5e" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">' +
    PATHS[categoryGroup(code)] +
    '</g></svg>'
  )
}

/** A listing's picture when it has no photo: its category group drawn, decorative. */
export function CategoryPlaceholder({ code, className = 'thumb__img' }: { code: string | null | undefined; className?: string }) {
  return (
    <img
      className={`${className} thumb__img--placeholder`}
      src={`data:image/svg+xml,${encodeURIComponent(placeholderSvg(code))}`}
      alt=""
      data-testid="category-placeholder"
      data-category={categoryGroup(code)}
    />
  )
}
