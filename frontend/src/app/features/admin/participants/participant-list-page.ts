import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, Injector, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import {
  ASSIGNMENT_STATUSES,
  type Page,
  type ParticipantQuery,
  type ParticipantSummary,
  RATER_ROLES,
  type RaterRole,
  type RoleState,
  TARGETS,
} from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import { PORTAL_TIMER } from '../../portal-shared/portal-timer';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminApi, ADMIN_URLS, queryParams } from '../shared/admin-api';
import { AdminAuthService } from '../shared/admin-auth.service';
import { BatteryPicker } from '../shared/battery-picker';
import { roleKey, roleStatusKey, targetKey } from '../shared/labels';
import { problemMessage, toProblem } from '../shared/problem';
import { ParticipantDialog, type ParticipantDialogData } from './participant-dialog';
import { Pager } from '../shared/pager';

const PAGE_SIZE = 25;
/** How often a running bulk invitation's progress is read (it commits in chunks of 2,000). */
export const INVITE_PROGRESS_MS = 2000;

interface Filters {
  province: string;
  unit: string;
  target: string;
  roleStatus: string;
  q: string;
  notMe: boolean;
  emailFailed: boolean;
  incomplete: boolean;
}

function filtersOf(params: ParamMap): Filters {
  return {
    province: params.get('province') ?? '',
    unit: params.get('unit') ?? '',
    target: params.get('target') ?? '',
    roleStatus: params.get('roleStatus') ?? '',
    q: params.get('q') ?? '',
    notMe: params.get('notMe') === 'true',
    emailFailed: params.get('emailFailed') === 'true',
    incomplete: params.get('incomplete') === 'true',
  };
}

@Component({
  selector: 'app-participant-list-page',
  imports: [
    Pager,
    BatteryPicker,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './participant-list-page.html',
  styleUrls: ['../shared/page.scss', './participant-list-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantListPage {
  private readonly api = inject(AdminApi);
  private readonly timer = inject(PORTAL_TIMER);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly picker = viewChild(BatteryPicker);
  private readonly injector = inject(Injector);

  protected readonly canEdit = inject(AdminAuthService).canEdit;
  protected readonly roles = RATER_ROLES;
  protected readonly targets = TARGETS;
  protected readonly statuses = ['none', ...ASSIGNMENT_STATUSES] as const;
  protected readonly roleKey = roleKey;
  protected readonly roleStatusKey = roleStatusKey;
  protected readonly targetKey = targetKey;

  protected readonly battery = computed(() => this.picker()?.selected() ?? null);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly applied = computed(() => filtersOf(this.params()));
  protected readonly page = computed(() => Math.max(1, Number(this.params().get('page')) || 1));
  /** The filter inputs as typed, applied with the Terapkan button (or Enter). */
  protected readonly draft = signal<Filters>(filtersOf(this.route.snapshot.queryParamMap));

  protected readonly list = httpResource<Page<ParticipantSummary>>(() => {
    const battery = this.battery();
    if (!battery) return undefined;
    const f = this.applied();
    const query: ParticipantQuery = {
      batteryId: battery.id,
      province: f.province,
      unit: f.unit,
      q: f.q,
      page: this.page(),
      pageSize: PAGE_SIZE,
      ...(f.target ? { target: f.target as ParticipantQuery['target'] } : {}),
      ...(f.roleStatus ? { roleStatus: f.roleStatus as ParticipantQuery['roleStatus'] } : {}),
      ...(f.notMe ? { notMe: true } : {}),
      ...(f.emailFailed ? { emailFailed: true } : {}),
      ...(f.incomplete ? { incomplete: true } : {}),
    };
    return { url: ADMIN_URLS.participants, params: queryParams(query) };
  });
  protected readonly rows = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : 0));
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));
  protected readonly loadError = computed(() =>
    this.list.error() ? problemMessage(toProblem(this.list.error()), this.i18n) : null,
  );

  protected readonly confirming = signal<'invite' | 'remind' | null>(null);
  protected readonly busy = signal(false);
  /** While a bulk invitation runs (tens of seconds for 50,000): participants invited so far, of all. */
  protected readonly inviting = signal<{ invited: number; participants: number } | null>(null);
  protected readonly invitingText = computed(() => {
    const progress = this.inviting();
    return progress
      ? this.i18n.t('admin.participants.inviting', {
          invited: this.i18n.formatCount(progress.invited),
          participants: this.i18n.formatCount(progress.participants),
        })
      : '';
  });
  protected readonly invitingPercent = computed(() => {
    const progress = this.inviting();
    return progress && progress.participants > 0 ? Math.round((progress.invited / progress.participants) * 100) : 0;
  });
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected state(participant: ParticipantSummary, role: RaterRole): RoleState | null {
    return participant.roles.find((r) => r.role === role) ?? null;
  }

  protected setDraft<K extends keyof Filters>(key: K, value: Filters[K]): void {
    this.draft.update((d) => ({ ...d, [key]: value }));
  }

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected apply(event?: Event): void {
    event?.preventDefault();
    const d = this.draft();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        province: d.province || null,
        unit: d.unit || null,
        target: d.target || null,
        roleStatus: d.roleStatus || null,
        q: d.q || null,
        notMe: d.notMe ? 'true' : null,
        emailFailed: d.emailFailed ? 'true' : null,
        incomplete: d.incomplete ? 'true' : null,
        page: null,
      },
      queryParamsHandling: 'merge',
    });
  }

  protected clear(): void {
    this.draft.set({
      province: '',
      unit: '',
      target: '',
      roleStatus: '',
      q: '',
      notMe: false,
      emailFailed: false,
      incomplete: false,
    });
    this.apply();
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page }, queryParamsHandling: 'merge' });
  }

  protected open(participant: ParticipantSummary): void {
    const data: ParticipantDialogData = { participant, canEdit: this.canEdit() };
    this.dialog
      .open<ParticipantDialog, ParticipantDialogData, boolean>(ParticipantDialog, {
        data,
        width: '56rem',
        maxWidth: '96vw',
        autoFocus: 'dialog',
        // The dialog needs the console's own services (AdminApi, its HttpClient), not the root ones.
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) this.list.reload();
      });
  }

  protected async confirm(): Promise<void> {
    const battery = this.battery();
    const action = this.confirming();
    if (!battery || !action || this.busy()) return;
    this.busy.set(true);
    this.message.set(null);
    this.error.set(null);
    try {
      if (action === 'invite') {
        const stopWatching = this.watchInvitations(battery.id);
        try {
          const result = await this.api.invite(battery.id);
          this.message.set(
            this.i18n.t('admin.participants.invitedResult', {
              invited: this.i18n.formatCount(result.invited),
              alreadyInvited: this.i18n.formatCount(result.alreadyInvited),
            }),
          );
        } finally {
          stopWatching();
        }
      } else {
        const result = await this.api.remind(battery.id);
        this.message.set(
          this.i18n.t('admin.participants.remindedResult', { reminded: this.i18n.formatCount(result.reminded) }),
        );
      }
      this.list.reload();
    } catch (error) {
      this.error.set(problemMessage(toProblem(error), this.i18n));
    } finally {
      this.busy.set(false);
      this.confirming.set(null);
    }
  }

  /** Reads the battery's progress until stopped, so the admin sees the invitation advance. */
  private watchInvitations(batteryId: string): () => void {
    let stopped = false;
    let cancel: () => void = () => undefined;
    const poll = async () => {
      try {
        const progress = await this.api.progress(batteryId);
        if (!stopped) this.inviting.set({ invited: progress.invited, participants: progress.participants });
      } catch {
        // Only a progress display: the invitation's own answer says whether it worked.
      }
      if (!stopped) cancel = this.timer.schedule(() => void poll(), INVITE_PROGRESS_MS);
    };
    cancel = this.timer.schedule(() => void poll(), 0);
    return () => {
      stopped = true;
      cancel();
      this.inviting.set(null);
    };
  }
}
