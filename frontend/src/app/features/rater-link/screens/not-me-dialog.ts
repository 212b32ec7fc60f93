import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

export const NOT_ME_NOTE_MAX = 500;

/** The answer of the Bukan Saya dialog: undefined when cancelled. */
export interface NotMeAnswer {
  note: string | null;
}

/** **Bukan Saya** asks once more, with room for a note, before anything is recorded. */
@Component({
  selector: 'app-not-me-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'portal.notMeDialog.title' | t }}</h2>
    <mat-dialog-content>
      <p id="not-me-body">{{ 'portal.notMeDialog.body' | t }}</p>
      <mat-form-field appearance="outline" class="note">
        <mat-label>{{ 'portal.notMeDialog.note' | t }}</mat-label>
        <textarea matInput rows="3" [maxLength]="max" [value]="note()" (input)="onInput($event)"></textarea>
        <mat-hint>{{ 'portal.notMeDialog.noteHint' | t }}</mat-hint>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" [mat-dialog-close]="undefined">{{ 'portal.notMeDialog.cancel' | t }}</button>
      <button matButton="filled" type="button" (click)="confirm()">{{ 'portal.notMeDialog.confirm' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .note {
      width: 100%;
    }
  `,
})
export class NotMeDialog {
  private readonly ref = inject<MatDialogRef<NotMeDialog, NotMeAnswer>>(MatDialogRef);
  protected readonly max = inject<{ max: number } | null>(MAT_DIALOG_DATA, { optional: true })?.max ?? NOT_ME_NOTE_MAX;
  protected readonly note = signal('');

  protected onInput(event: Event): void {
    this.note.set((event.target as HTMLTextAreaElement).value);
  }

  protected confirm(): void {
    const note = this.note().trim();
    this.ref.close({ note: note || null });
  }
}
