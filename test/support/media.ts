import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaEmulation {
  media?: 'print' | 'screen' | '';
  features?: Array<{ name: string; value: string }>;
}

/**
 * Emulates a media type and features through the DevTools protocol. Resolves false where the
 * browser cannot (Firefox over WebDriver BiDi, WebKit over classic WebDriver), so the test can
 * skip itself.
 */
export async function emulate(emulation: MediaEmulation): Promise<boolean> {
  const result = await executeServerCommand<{ unsupported?: true }, MediaEmulation>(
    'emulate-media-features',
    emulation,
  );
  return !result.unsupported;
}
