// Looks of <gepi-first-registration>. The flow layout shared by the flow elements (styles/flow.ts)
// is all it needs so far; its own rules go here.
import { css } from 'lit';

export const firstRegistrationStyles = css``;
