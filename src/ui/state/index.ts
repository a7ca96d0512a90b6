/**
 * The reader's pure core: state, actions, effects and the reducer, with the views of the state
 * that the components draw from. One concern per file:
 *   types      the state, actions, effects
 *   view       geometry and layout options derived from the state
 *   scroll     reading positions (anchors) and scrolling
 *   history    back / forward
 *   quotes     the selected pull quote on the quotes page
 *   open       opening a target (search hit, quote source) and the search preview
 *   digits     topic numbers typed with digits
 *   searchLine the search line's query, scope, hits and selection
 *   copy       `y`: text with a citation for the clipboard
 *   commands   what each keymap command does
 *   input      a read of the keyboard as actions
 *   reduce     the reducer
 */
export {
  type Action,
  type Effect,
  type Env,
  type Focus,
  type Highlight,
  type InputAction,
  type Leave,
  type PageId,
  type Place,
  type SearchState,
  type State,
  type Step,
  initialState,
  openingFocus,
} from './types.js';
export { isOverlay, isWide, rowsOf, sidebarVisible, viewHeight, viewOf, type View } from './view.js';
export { topLine } from './scroll.js';
export { HISTORY_LIMIT } from './history.js';
export { searchPreview, targetTop } from './open.js';
export { inputActions } from './input.js';
export { reduce } from './reduce.js';
