import { useEffect, useState } from 'react';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A blob: URL for a download link, revoked when the bytes change or the link goes, so files do not pile up. */
export function useObjectUrl(bytes: Uint8Array | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (bytes === undefined) {
      setUrl(null);
      return;
    }
    // slice(): a copy on a plain ArrayBuffer, which Blob accepts whatever buffer the bytes came on.
    const made = URL.createObjectURL(new Blob([bytes.slice()], { type: XLSX }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes]);
  return url;
}
