// Photos from a phone are 4000 px and several megabytes; the act needs them readable, not
// huge, and each request to the back end must stay under its 1 MB limit. So every photo is
// redrawn at most 1600 px on its long side as JPEG, and made smaller still until it fits.

const maxSide = 1600;
/** Characters of the data URL, leaving room in the request for the act's other fields. */
const maxDataUrl = 700_000;

function loadImage(file: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('image'));
    };
    img.src = url;
  });
}

function encode(img: HTMLImageElement, side: number, quality: number): string {
  const scale = Math.min(1, side / Math.max(img.naturalWidth, img.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
  const ctx = canvas.getContext('2d')!;
  // JPEG has no transparency: a PNG's clear parts become white, not black.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', quality);
}

/** A JPEG data URL of the photo, ≤ 1600 px and small enough to send; rejects what is not an image. */
export async function downscalePhoto(file: Blob): Promise<string> {
  const img = await loadImage(file);
  for (const [side, quality] of [
    [maxSide, 0.85],
    [maxSide, 0.7],
    [1280, 0.7],
    [1024, 0.65],
    [800, 0.6],
  ] as const) {
    const url = encode(img, side, quality);
    if (url.length <= maxDataUrl) return url;
  }
  return encode(img, 640, 0.5);
}
