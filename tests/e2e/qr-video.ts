import { writeFileSync } from 'node:fs';
import { encode } from 'uqr';

/**
 * A video that Chromium can play as a fake camera (`--use-file-for-fake-video-capture`): each
 * text as a large black-on-white QR code with a quiet zone around it, shown in turn for
 * `seconds`, in the uncompressed YUV4MPEG2 format (a header, then each frame's planes).
 */
export function writeQrVideo(
	path: string,
	texts: readonly string[],
	{ width = 640, height = 480, fps = 10, seconds = 1.5 } = {}
): void {
	const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
	const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
	const parts: Buffer[] = [header];
	for (const text of texts) {
		const luma = qrFrame(text, width, height);
		for (let i = 0; i < Math.round(fps * seconds); i++) {
			parts.push(Buffer.from('FRAME\n'), luma, chroma);
		}
	}
	writeFileSync(path, Buffer.concat(parts));
}

/** The brightness plane of one frame: the code centred on white, as large as fits. */
export function qrFrame(text: string, width: number, height: number): Buffer {
	const { data, size } = encode(text, { ecc: 'L', border: 0 });
	const quiet = 4;
	const cell = Math.floor(Math.min(width, height) / (size + 2 * quiet));
	if (cell < 2) throw new Error(`A ${size}-module code does not fit in ${width}×${height}`);
	const left = Math.floor((width - size * cell) / 2);
	const top = Math.floor((height - size * cell) / 2);
	const luma = Buffer.alloc(width * height, 255);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			if (!data[y]?.[x]) continue;
			for (let dy = 0; dy < cell; dy++) {
				const row = (top + y * cell + dy) * width + left + x * cell;
				luma.fill(0, row, row + cell);
			}
		}
	}
	return luma;
}
