import type { Service } from '@panama311/sdk';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FormContext } from './context.js';
import type { DraftPhoto } from './draft-store.js';
import {
  checkPhoto,
  PhotoError,
  preparePhoto,
  releasePhoto,
  restorePhoto,
  type PhotoProblem,
  type PreparedPhoto,
} from './photos.js';

/**
 * The photos step: chosen or taken with the camera, prepared in the browser (downscaled,
 * re-encoded without EXIF) as they are added, shown as thumbnails with remove buttons.
 */
export class PhotoPicker implements ReactiveController {
  /** The prepared photos, in the order chosen. */
  photos: PreparedPhoto[] = [];
  private notes: string[] = [];
  private preparing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly c: FormContext,
    /** Called when the photos change, to save the draft. */
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Thumbnail URLs are revoked on disconnect: a moved element makes new ones.
    this.photos = this.photos.map(restorePhoto);
  }

  hostDisconnected(): void {
    this.photos.forEach(releasePhoto);
  }

  /** Replaces the photos (a restored draft, a new report). */
  replace(photos: readonly DraftPhoto[]) {
    this.photos.forEach(releasePhoto);
    this.photos = photos.map(restorePhoto);
    this.notes = [];
    this.host.requestUpdate();
  }

  render(service: Service) {
    const t = this.c.t();
    const max = service.attachments.maxCount;
    const disabled = this.preparing || this.photos.length >= max;
    const notes = this.notes.length ? 'photo-notes' : '';
    return html`
      <p class="hint" id="photo-input-hint">${t.photosHint(max)}</p>
      ${
        notes
          ? html`<div id="photo-notes" class="field-error" role="alert">
              ${this.notes.map((n) => html`<p>${n}</p>`)}
            </div>`
          : nothing
      }
      <div class="files">
        <input
          type="file"
          id="photo-input"
          class="file-input"
          accept="image/*"
          multiple
          aria-describedby="photo-input-hint ${notes}"
          ?disabled=${disabled}
          @change=${(e: Event) => this.onFiles(e, service)}
        />
        <label for="photo-input" class="file-button">${t.choosePhotos}</label>
        ${
          matchMedia('(pointer: coarse)').matches
            ? html`<input
                  type="file"
                  id="photo-camera"
                  class="file-input"
                  accept="image/*"
                  capture="environment"
                  aria-describedby="photo-input-hint"
                  ?disabled=${disabled}
                  @change=${(e: Event) => this.onFiles(e, service)}
                />
                <label for="photo-camera" class="file-button">${t.takePhoto}</label>`
            : nothing
        }
      </div>
      ${this.preparing ? html`<p role="status">${t.preparing}</p>` : nothing}
      ${
        this.photos.length
          ? html`<ul class="thumbs">
              ${this.photos.map(
                (p, i) =>
                  html`<li>
                    <img src=${p.thumbnailUrl} alt=${t.photoAlt(i + 1)} />
                    <button type="button" class="secondary" @click=${() => this.remove(p)}>
                      ${t.removePhoto(i + 1)}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.c.actions()}
    `;
  }

  private async onFiles(event: Event, service: Service) {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    const t = this.c.t();
    const limits = service.attachments;
    const say: Record<PhotoProblem, (name: string) => string> = {
      type: t.photoType,
      size: t.photoSize,
      count: () => t.photoCount(limits.maxCount),
      unreadable: t.photoUnreadable,
    };
    const notes: string[] = [];
    let added = 0;
    this.preparing = true;
    this.host.requestUpdate();
    for (const file of files) {
      const problem = checkPhoto(file, limits, this.photos.length);
      if (problem) {
        notes.push(say[problem](file.name));
        if (problem === 'count') break;
        continue;
      }
      try {
        this.photos = [...this.photos, await preparePhoto(file, { limits })];
        added++;
      } catch (error) {
        notes.push(say[error instanceof PhotoError ? error.code : 'unreadable'](file.name));
      }
    }
    this.preparing = false;
    this.notes = notes;
    if (added) this.c.announce(t.photoAdded(added));
    this.host.requestUpdate();
    this.onChange();
  }

  private remove(photo: PreparedPhoto) {
    const index = this.photos.indexOf(photo);
    releasePhoto(photo);
    this.photos = this.photos.filter((p) => p !== photo);
    this.notes = [];
    this.c.announce(this.c.t().photoRemoved(index + 1));
    this.c.focus('photo-input');
    this.host.requestUpdate();
    this.onChange();
  }
}
