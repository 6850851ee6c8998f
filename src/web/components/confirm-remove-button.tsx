import { Button, Group } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

export interface ConfirmRemoveButtonProps {
  /** The first button's text ("Remove") and its accessible name ("Remove Amal Hassan"). */
  label: string;
  accessibleLabel?: string;
  /** The second, explicit step ("Yes, remove Amal Hassan") and the way back ("Keep"). */
  confirmLabel: string;
  keepLabel: string;
  pending: boolean;
  onConfirm: () => void;
}

/**
 * Removes something after a second, explicit tap: a stray tap on a phone removes nothing. The
 * focus moves to the step shown, so a keyboard user goes on from where they are.
 */
export function ConfirmRemoveButton(props: ConfirmRemoveButtonProps) {
  const [isConfirming, setConfirming] = useState(false);
  const [hasChosen, setChosen] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (hasChosen) (isConfirming ? confirm : first).current?.focus();
  }, [isConfirming, hasChosen]);
  const choose = (confirming: boolean) => {
    setChosen(true);
    setConfirming(confirming);
  };
  if (!isConfirming)
    return (
      <Button
        ref={first}
        variant="subtle"
        color="red"
        size="xs"
        w="fit-content"
        aria-label={props.accessibleLabel ?? props.label}
        onClick={() => choose(true)}
      >
        {props.label}
      </Button>
    );
  return (
    <Group gap="xs">
      <Button ref={confirm} color="red" size="xs" loading={props.pending} onClick={props.onConfirm}>
        {props.confirmLabel}
      </Button>
      <Button variant="default" size="xs" onClick={() => choose(false)}>
        {props.keepLabel}
      </Button>
    </Group>
  );
}
