// The renderer's only door to the back end. The preload runs sandboxed, so it may import
// nothing but 'electron'; it hands the page two functions and never ipcRenderer itself,
// which would let the page send any message on any channel.
import { contextBridge, ipcRenderer } from 'electron';

// The page's side is src-renderer/api/desktop-bridge.ts.
contextBridge.exposeInMainWorld('garageDesk', {
  call: (method: string, input: unknown, locale: string) => ipcRenderer.invoke('api:call', method, input, locale),
  openPdf: (fileName: string, pdfBase64: string) => ipcRenderer.invoke('pdf:open', fileName, pdfBase64),
});
