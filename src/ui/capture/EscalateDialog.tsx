import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { fieldText } from './FieldProps';

export interface EscalateDialogProps {
  readonly caseId: string;
  readonly onEscalate: (reason: string, agreedWith: string) => Promise<void>;
}

/** Records a safeguarding escalation for the case, as agreed with the on-site manager. */
export function EscalateDialog({ caseId, onEscalate }: EscalateDialogProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [agreedWith, setAgreedWith] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (reason.trim() === '') return setMissing(true);
    setBusy(true);
    setError('');
    try {
      await onEscalate(reason, agreedWith);
      setReason('');
      setAgreedWith('');
      setOpen(false);
    } catch (e) {
      // The dialog stays open with what was typed: an escalation must not vanish on a failed write.
      setError(`The escalation was not recorded: ${e instanceof Error ? e.message : String(e)} Try again.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button>Escalate</Button>
      </DialogTrigger>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>Escalate case {caseId}</DialogTitle>
            <DialogContent>
              <Field
                {...fieldText(
                  'Reason for the safeguarding escalation',
                  undefined,
                  true,
                  missing && reason.trim() === '' ? 'Enter the reason for the escalation.' : undefined,
                )}
              >
                <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
              </Field>
              <Field label="Agreed with" hint="Who agreed the escalation, for example the on-site manager.">
                <Input value={agreedWith} onChange={(_, d) => setAgreedWith(d.value)} />
              </Field>
              {error && (
                <MessageBar intent="error">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button>Cancel</Button>
              </DialogTrigger>
              <Button type="submit" appearance="primary" disabledFocusable={busy}>
                Record escalation
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
