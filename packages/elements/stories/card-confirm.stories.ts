// <gepi-card-confirm>: 機關憑證確認畫面 and 自然人憑證確認畫面, the card step of every flow, in each
// state the flow can put it in: the card in the reader (or none), a card of the wrong kind, PIN
// entry on the page, in Fortify's window or on a PIN pad, a wrong PIN with tries left, a locked
// card, and the API's refusals (expired, revoked, unknown CA, already registered) and a network failure.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/card-confirm/gepi-card-confirm.js';
import { LONG_AGENCY_NAME, LONG_PERSON_NAME, cardInReader, demoClock } from './support/demo-data.js';
import { errors, explained } from './support/errors.js';
import { shadow } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

/** The story's args, plus an error made from a real SDK error in the story's locale. */
const withError =
  (error: () => unknown) =>
  (args: Args, context: StoryContext): TemplateResult =>
    html`<gepi-card-confirm ${spread({ ...args, error: explained(error(), context) })}></gepi-card-confirm>`;

const meta = {
  title: 'Elements/Card confirm 憑證確認畫面',
  id: 'elements-card-confirm',
  component: 'gepi-card-confirm',
  args: { clock: demoClock, kind: 'org', card: cardInReader('ORG-20003') },
  argTypes: {
    kind: { control: 'inline-radio', options: ['org', 'citizen'] },
    variant: { control: 'inline-radio', options: ['default', 'swapped', 'query'] },
    pinEntry: { control: 'inline-radio', options: ['page', 'native', 'pinpad'] },
  },
  render: (args) => html`<gepi-card-confirm ${spread(args)}></gepi-card-confirm>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

// ── the steps ────────────────────────────────────────────────────────────────────────────────────

/** 機關憑證確認畫面 with the 高雄市立測試醫院 card (HCA) in the reader. */
export const OrgCard: Story = { name: '機關憑證確認畫面（org card）' };

export const OrgCardEnglish: Story = { name: 'Org card (English)', globals: { locale: 'en' } };

/** The 國立臺灣測試大學 card expires in 25 days: the card box warns. */
export const OrgCardExpiringSoon: Story = { args: { card: cardInReader('ORG-10002') } };

export const OrgCardExpired: Story = { args: { card: cardInReader('ORG-10001-EXPIRED') } };

export const NoCardInReader: Story = { args: { card: null } };

/** Before the reader was read (no card box at all). */
export const ReaderNotReadYet: Story = { args: { card: undefined } };

/** 自然人憑證確認畫面: the authorization manager 林美惠's card. */
export const ManagerCard: Story = {
  name: '自然人憑證確認畫面 (manager card)',
  args: { kind: 'citizen', card: cardInReader('CIT-LIN') },
};

export const ManagerCardEnglish: Story = {
  name: 'Manager card (English)',
  args: { kind: 'citizen', card: cardInReader('CIT-LIN') },
  globals: { locale: 'en' },
};

/** 更換機關憑證: the renewed organization card. */
export const SwappedOrgCard: Story = {
  args: { variant: 'swapped', card: cardInReader('ORG-10002-RENEWED') },
};

/** 更換授權管理者自然人憑證: 李建國 takes over as manager. */
export const SwappedManagerCard: Story = {
  args: { kind: 'citizen', variant: 'swapped', card: cardInReader('CIT-LI') },
};

/** 查詢自然人憑證序號: anyone's citizen card (身分證統一編號, not the manager's). */
export const QueryCitizenCard: Story = {
  args: { kind: 'citizen', variant: 'query', card: cardInReader('CIT-CHEN') },
};

/** A portal that knows the agency fills 機關代號 in. */
export const AgencyCodePrefilled: Story = { args: { agencyCode: '20003' } };

/** Fortify: the PIN is typed in Fortify's own window, never on the page. */
export const PinInFortifyWindow: Story = { args: { pinEntry: 'native' } };

export const PinOnReaderKeypad: Story = {
  args: { pinEntry: 'pinpad', kind: 'citizen', card: cardInReader('CIT-LIN') },
};

/** Signing in: the buttons hold back, the form is read-only. */
export const Busy: Story = { args: { busy: true } };

export const LongNames: Story = {
  args: {
    kind: 'org',
    card: { ...cardInReader('ORG-20003'), holderName: LONG_AGENCY_NAME },
  },
};

export const LongPersonName: Story = {
  args: { kind: 'citizen', card: { ...cardInReader('CIT-LIU'), holderName: LONG_PERSON_NAME } },
};

// ── errors ───────────────────────────────────────────────────────────────────────────────────────

/** 機關代號 and PIN checked on 確認, before anything reaches the card. */
export const ValidationErrors: Story = {
  args: { onGepiCardSubmit: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-card-confirm'));
    await userEvent.click(view.getByRole('button', { name: '確認' }));
    await waitFor(() =>
      expect(view.getByRole('heading', { name: '輸入資料有誤，請修正下列項目：' })).toBeVisible(),
    );
    await expect(view.getByLabelText(/機關代號/)).toHaveAttribute('aria-invalid', 'true');
    await expect(args['onGepiCardSubmit']).not.toHaveBeenCalled();
  },
};

/** A valid submission reports the agency code and (page PIN entry) the PIN, then clears the PIN. */
export const Submitting: Story = {
  args: { onGepiCardSubmit: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-card-confirm'));
    await userEvent.type(view.getByLabelText(/機關代號/), '20003');
    await userEvent.type(view.getByLabelText(/PIN/), '123456');
    await userEvent.click(view.getByRole('button', { name: '確認' }));
    await waitFor(() =>
      expect(args['onGepiCardSubmit']).toHaveBeenCalledWith(
        expect.objectContaining({ detail: expect.objectContaining({ kind: 'org', agencyCode: '20003' }) }),
      ),
    );
    await expect(view.getByLabelText(/PIN/)).toHaveValue('');
  },
};

/**
 * 王大明's citizen card at the organization card step: first a calm instruction to swap cards (the
 * flow flags it `wrong-kind`); 確認 with it in is refused, and only then is it an error linked to
 * the card, until the organization card is in.
 */
export const WrongKindOfCard: Story = {
  args: { card: { ...cardInReader('CIT-WANG'), wrongKind: true }, onGepiCardSubmit: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-card-confirm'));
    await expect(view.getByText('讀卡機中是自然人憑證IC卡：請取出，改放入機關憑證IC卡。')).toBeVisible();
    await expect(view.queryByRole('heading', { name: '卡片種類不符' })).toBeNull();
    await userEvent.type(view.getByLabelText(/機關代號/), '10001');
    await userEvent.type(view.getByLabelText(/PIN/), '123456');
    await userEvent.click(view.getByRole('button', { name: '確認' }));
    await expect(args['onGepiCardSubmit']).not.toHaveBeenCalled();
    await expect(view.getByRole('heading', { name: '卡片種類不符' })).toBeVisible();
    await expect(view.getByRole('link', { name: '此卡為自然人憑證，請放入機關憑證IC卡。' })).toBeVisible();
  },
};

/** The organization card still in at the manager's step, as after every org sign-in: what to do next. */
export const PreviousCardStillIn: Story = {
  args: { kind: 'citizen', card: { ...cardInReader('ORG-10002'), wrongKind: true } },
};

/** While the card signs and the server answers: IC卡簽章中，請勿移除IC卡，請稍候… */
export const Signing: Story = {
  args: { card: cardInReader('ORG-10001'), busy: true },
};

export const WrongKindOfCardEnglish: Story = {
  args: { kind: 'citizen', card: { ...cardInReader('ORG-10002'), wrongKind: true } },
  globals: { locale: 'en' },
};

/** Wrong PIN, two tries left. */
export const WrongPin: Story = {
  args: { kind: 'citizen', card: cardInReader('CIT-LIN'), triesLeft: 2 },
  render: withError(() => errors.wrongPin(2)),
};

export const WrongPinEnglish: Story = {
  ...WrongPin,
  globals: { locale: 'en' },
};

/** One try left: the next wrong PIN locks the card. */
export const WrongPinLastTry: Story = {
  args: { kind: 'citizen', card: cardInReader('CIT-LIN'), triesLeft: 1 },
  render: withError(() => errors.wrongPin(1)),
};

/** 許志明's card is locked: MOICA unlocks it. */
export const LockedCitizenCard: Story = {
  args: { kind: 'citizen', card: cardInReader('CIT-HSU-LOCKED'), locked: true },
  render: withError(() => errors.locked('MOICA')),
};

export const LockedCitizenCardEnglish: Story = { ...LockedCitizenCard, globals: { locale: 'en' } };

/** A locked organization card: the authority that issued it (GCA) unlocks it. */
export const LockedOrgCard: Story = {
  args: { card: cardInReader('ORG-10001'), locked: true },
  render: withError(() => errors.locked('GCA')),
};

/** 蔡佩君's certificate has expired: the API refuses it. */
export const CertificateExpired: Story = {
  args: { kind: 'citizen', variant: 'query', card: cardInReader('CIT-TSAI-EXPIRED') },
  render: withError(errors.expired),
};

/** 鄭雅文's certificate is revoked. */
export const CertificateRevoked: Story = {
  args: { kind: 'citizen', variant: 'query', card: cardInReader('CIT-CHENG-REVOKED') },
  render: withError(errors.revoked),
};

export const UnknownCertificationAuthority: Story = { render: withError(errors.unknownCa) };

/** 首次註冊 with the card of an agency that is registered already. */
export const AlreadyRegistered: Story = {
  args: { card: cardInReader('ORG-10002') },
  render: withError(errors.alreadyRegistered),
};

export const AgencyCodeUnknown: Story = { render: withError(errors.agencyUnknown) };

export const CardDoesNotMatchAgency: Story = { render: withError(errors.agencyMismatch) };

export const NotTheRegisteredManager: Story = {
  args: { kind: 'citizen', card: cardInReader('CIT-WU') },
  render: withError(errors.notManager),
};

export const NetworkFailure: Story = { render: withError(errors.network) };

export const NetworkFailureEnglish: Story = { ...NetworkFailure, globals: { locale: 'en' } };
