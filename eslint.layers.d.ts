// Types of eslint.layers.js, for the test that reads its zones (tests/lint/layers.test.ts).
import type { Linter } from 'eslint'

export interface LayerZone {
  target: string | string[]
  from: string | string[]
  except?: string[]
  message: string
}

export const layerZones: LayerZone[]
export const layersConfig: Linter.Config[]
