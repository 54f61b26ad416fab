import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { DEFAULT_VIEW_STATE, useViewStore } from '../../src/store';

afterEach(() => {
  cleanup();
  useViewStore.setState({ ...DEFAULT_VIEW_STATE, hoveredId: null, notices: [], centreRequest: 0 });
});
