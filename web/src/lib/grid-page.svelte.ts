import type { EvaluationGrid } from '#shared/api/schemas/evaluations.ts';
import type { DisplayedCode, EvaluationCode } from '#shared/domain/evaluation-codes.ts';
import { errorMessage } from '$lib/api.ts';
import { loadGridView, saveVisibility, type GridArea } from '$lib/evaluations.ts';
import { PageLoad } from '$lib/page-load.svelte.ts';

/**
 * What a page showing one evaluation's grid holds: the grid with the establishment's codes and
 * the items' labels, and its visibility toggle, in Gestion (current year) or Consultation (previous years).
 */
export class GridPage {
  grid = $state<EvaluationGrid | null>(null);
  codes = $state<Map<EvaluationCode, DisplayedCode>>(new Map());
  itemLabels = $state<Map<string, string>>(new Map());
  readonly loading = new PageLoad();
  visibilityBusy = $state(false);
  visibilityError = $state<string | null>(null);

  constructor(private readonly area: GridArea) {}

  load(id: string): Promise<void> {
    return this.loading.run(
      () => loadGridView(this.area, id),
      (view) => {
        this.codes = view.codes;
        this.itemLabels = view.itemLabels;
        this.grid = view.grid;
      },
    );
  }

  async setVisible(visible: boolean): Promise<void> {
    if (!this.grid) return;
    this.visibilityBusy = true;
    this.visibilityError = null;
    try {
      this.grid.evaluation = await saveVisibility(this.area, this.grid.evaluation, visible);
    } catch (failure) {
      this.visibilityError = errorMessage(failure);
    } finally {
      this.visibilityBusy = false;
    }
  }
}
