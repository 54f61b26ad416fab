// The what-if's wording is the view's too (the live region says it): it lives with the view state.
export { signedShare } from '../../store';
