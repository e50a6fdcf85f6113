// <gepi-permission-tree>: 功能選單【新增擁有權限】, the handler's permissions as a tree of native
// checkboxes built from the catalog the API serves. A group's checkbox shows and sets the state of
// everything under it; `value` holds only leaves, which is what the API stores.
import { html, LitElement, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { permissionTreeStyles } from './permission-tree.styles.js';
import { handlersWords } from '../../i18n/zh-TW/handlers.js';

/** A catalog entry: a permission, or a group of them (the API's `Permission`). */
export interface PermissionNode {
  readonly id: string;
  readonly label: string;
  readonly children?: readonly PermissionNode[];
}

export interface GepiPermissionsChangeDetail {
  /** The selected permission ids (leaves only), in catalog order. */
  readonly value: string[];
}

export type GepiPermissionsChangeEvent = CustomEvent<GepiPermissionsChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-permissions-change': GepiPermissionsChangeEvent;
  }
}

const isGroup = (node: PermissionNode): boolean => (node.children?.length ?? 0) > 0;

function leavesOf(node: PermissionNode): string[] {
  return isGroup(node) ? (node.children ?? []).flatMap(leavesOf) : [node.id];
}

/**
 * Checkboxes for the permission catalog, grouped as the catalog groups them. Native checkboxes in a
 * fieldset per group: Tab moves between them, Space toggles, and a group's checkbox is
 * `indeterminate` (announced as "mixed") when only some of its permissions are selected.
 *
 * @tagname gepi-permission-tree
 * @summary 功能選單【新增擁有權限】: tri-state permission checkboxes from the catalog.
 *
 * @fires gepi-permissions-change - The user changed the selection. `detail: { value }`, the selected leaf ids.
 *
 * @csspart base - The outer `<fieldset>`.
 * @csspart legend - Its legend, 功能選單【新增擁有權限】.
 * @csspart error - The error message, when `error` is set.
 * @csspart group - A group's `<fieldset>`.
 * @csspart option - A checkbox with its label.
 * @csspart checkbox - Every checkbox.
 * @csspart group-checkbox - A group's checkbox.
 *
 * @cssproperty --gepi-permission-tree-border-color - Borders and group lines. Default `--gepi-color-border`.
 * @cssproperty --gepi-permission-tree-bg - Background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-permission-tree-indent - Indent of a group's permissions. Default `--gepi-space-xl`.
 * @cssproperty --gepi-permission-tree-accent - Checkbox colour. Default `--gepi-color-primary`.
 */
export class GepiPermissionTree extends GepiElementBase {
  static override catalogParts = [...GepiElementBase.catalogParts, handlersWords];

  static override styles = [sharedStyles, permissionTreeStyles];

  // focus() on the element (an error summary's link) lands on its first checkbox.
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override properties: PropertyDeclarations = {
    catalog: { attribute: false },
    value: { attribute: false },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    error: { type: String },
    label: { type: String },
  };

  /** The permission catalog from the API: groups with children (any depth works). */
  declare catalog: readonly PermissionNode[];

  /** The selected permission ids: leaves of the catalog. */
  declare value: readonly string[];

  /** Disables every checkbox (the outer fieldset is disabled). */
  declare disabled: boolean;

  /** Marks the choice as required (the manual's 必填): at least one permission. */
  declare required: boolean;

  /** A message to show and tie to the group, e.g. the editor's "select at least one". */
  declare error: string | undefined;

  /** The legend; defaults to 功能選單【新增擁有權限】. */
  declare label: string | undefined;

  private selected = new Set<string>();

  constructor() {
    super();
    this.catalog = [];
    this.value = [];
    this.disabled = false;
    this.required = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.selected = new Set(this.value ?? []);
  }

  protected override render(): TemplateResult {
    const invalid = Boolean(this.error);
    return html`
      <fieldset
        part="base"
        class="tree"
        lang=${this.resolvedLocale}
        ?disabled=${this.disabled}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${invalid ? 'error' : nothing}
      >
        <legend part="legend" class="legend">
          ${this.required ? html`<span class="field__required" aria-hidden="true">*</span> ` : nothing}${
            this.label || this.t('handlerForm.permissionsTitle')
          }${this.required ? html` <span>${this.t('common.required')}</span>` : nothing}
        </legend>
        ${invalid ? html`<p id="error" part="error" class="field__error error">${this.error}</p>` : nothing}
        <ul class="list" role="list">
          ${(this.catalog ?? []).map((node) => this.renderNode(node))}
        </ul>
      </fieldset>
    `;
  }

  private renderNode(node: PermissionNode): TemplateResult {
    if (!isGroup(node)) {
      return html`<li>
        <label part="option" class="option">
          <input
            part="checkbox"
            class="checkbox"
            type="checkbox"
            value=${node.id}
            .checked=${live(this.selected.has(node.id))}
            @change=${(e: Event) => this.toggle([node.id], (e.target as HTMLInputElement).checked)}
          />
          <span>${node.label}</span>
        </label>
      </li>`;
    }
    const leaves = leavesOf(node);
    const chosen = leaves.filter((id) => this.selected.has(id)).length;
    const all = chosen === leaves.length;
    return html`<li>
      <fieldset part="group" class="group">
        <legend>
          <label part="option" class="option option--group">
            <input
              part="checkbox group-checkbox"
              class="checkbox"
              type="checkbox"
              value=${node.id}
              .checked=${live(all)}
              .indeterminate=${live(chosen > 0 && !all)}
              @change=${(e: Event) => this.toggle(leaves, (e.target as HTMLInputElement).checked)}
            />
            <span>${node.label}</span>
          </label>
        </legend>
        <ul class="list" role="list">
          ${(node.children ?? []).map((child) => this.renderNode(child))}
        </ul>
      </fieldset>
    </li>`;
  }

  private toggle(ids: readonly string[], on: boolean): void {
    const next = new Set(this.selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    // Catalog order, not click order: the same selection always reads and compares the same.
    // Ids the catalog no longer lists are dropped, as the API would refuse them.
    const value = (this.catalog ?? []).flatMap(leavesOf).filter((id) => next.has(id));
    // Kept in step at once, not at the next update, so that a second toggle before it builds on this one.
    this.selected = new Set(value);
    this.value = value;
    this.emit('gepi-permissions-change', { value: [...value] });
  }
}
