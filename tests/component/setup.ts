import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useViewStore } from '../../src/store';

afterEach(() => {
  cleanup();
  useViewStore.setState({ selectedId: null, hoveredId: null });
});
