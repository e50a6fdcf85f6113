// Looks of <gepi-cert-swap>. The flow layout shared by the flow elements (styles/flow.ts) is all it
// needs so far; its own rules go here.
import { css } from 'lit';

export const certSwapStyles = css``;
