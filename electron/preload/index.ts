import { contextBridge, ipcRenderer } from 'electron';
import { tendBridge } from './bridge';

// The bridge itself is in bridge.ts (the contract suite runs it in plain Node).
contextBridge.exposeInMainWorld('tend', tendBridge(ipcRenderer));
