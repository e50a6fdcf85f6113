// <gepi-permission-tree>: 功能選單【新增擁有權限】 from the API's permission catalog.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/permission-tree/gepi-permission-tree.js';
import { permissionCatalog } from './support/demo-data.js';
import { shadow } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/Permission tree 功能選單',
  id: 'elements-permission-tree',
  component: 'gepi-permission-tree',
  args: { catalog: permissionCatalog },
  render: (args) => html`<gepi-permission-tree ${spread(args)}></gepi-permission-tree>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const NoneSelected: Story = {};

/** 張淑芬's permissions: part of 保費申報作業, so its group is "mixed". */
export const SomeSelected: Story = { args: { value: ['premium.change', 'premium.submit', 'premium.print'] } };

export const SomeSelectedEnglish: Story = { ...SomeSelected, globals: { locale: 'en' } };

export const AllSelected: Story = {
  args: {
    value: permissionCatalog.flatMap((g) => (g.children ?? [g]).map((p) => p.id)),
  },
};

/** Required and nothing chosen: the editor's message, tied to the group. */
export const RequiredWithError: Story = {
  args: { required: true, error: '請至少勾選一項功能選單權限。' },
};

export const Disabled: Story = { args: { disabled: true, value: ['query.general'] } };

/** A group's checkbox selects all of its permissions. */
export const SelectingAGroup: Story = {
  args: { onGepiPermissionsChange: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-permission-tree'));
    await userEvent.click(view.getByRole('checkbox', { name: '給付試算作業' }));
    await waitFor(() =>
      expect(args['onGepiPermissionsChange']).toHaveBeenLastCalledWith(
        expect.objectContaining({ detail: { value: ['benefit.calc'] } }),
      ),
    );
    await expect(view.getByRole('checkbox', { name: '給付試算' })).toBeChecked();
  },
};
