import { PropsWithChildren } from 'react';
import Grid from '@material-ui/core/Grid';

/** Lays its children out side by side, wrapping on narrow screens. */
export function Row(props: PropsWithChildren<{}>) {
  const children = Array.isArray(props.children)
    ? props.children
    : [props.children];
  return (
    <Grid container spacing={1}>
      {children.filter(Boolean).map((child, index) => (
        <Grid item xs={12} sm key={index}>
          {child}
        </Grid>
      ))}
    </Grid>
  );
}
