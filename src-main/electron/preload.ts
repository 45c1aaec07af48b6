// The renderer's only door to the back end. The preload runs sandboxed, so it may import
// nothing but 'electron'; it hands the page one function and never ipcRenderer itself,
// which would let the page send any message on any channel.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('garageDesk', {
  call: (method: string, input: unknown, locale: string) => ipcRenderer.invoke('api:call', method, input, locale),
});
